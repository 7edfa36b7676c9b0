"""OTOP Desk: an offline desktop tool for officers who support OTOP producer groups."""

__version__ = "0.1.0"
APP_NAME = "OTOP Desk"
APP_ID = "otop-desk"
