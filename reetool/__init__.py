"""reetool: offline reference and calculator on rare earths and export controls."""

__version__ = "0.1.0"
APP_NAME = "reetool"
ORG_NAME = "reetool"
