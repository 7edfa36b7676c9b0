"""The main window, its tabs and menus: what wires the areas of the screen together."""
