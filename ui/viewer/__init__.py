"""The event log viewer: the window, its table model, filter bar, day chart and details pane."""
