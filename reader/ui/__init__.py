"""The thin Textual layer: it turns keys into calls on the core and draws the core's state."""
