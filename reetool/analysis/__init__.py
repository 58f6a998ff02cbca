"""Pure analysis functions (shares, concentration, scenarios). No Qt."""
