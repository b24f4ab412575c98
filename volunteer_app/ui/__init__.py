"""The Qt interface. The only layer (with app.py) that imports PySide6."""
