"""The pure core: article model, pagination, annotations, storage, export. No Textual import here."""
