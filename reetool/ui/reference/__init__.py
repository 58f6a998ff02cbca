"""The Reference page: timeline of measures, the 17 elements, supply chain, article claims."""
