"""Photos in the forms: a strip of thumbnails (``strip``), a viewer (``viewer``), and the
page each record form adds (``page``)."""
