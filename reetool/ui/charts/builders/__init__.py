"""Chart builders: data → ChartSpec. One module per subject; strings use context "Charts"."""
