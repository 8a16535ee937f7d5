"""The warning: the dialog, what each choice does, its words, the command view and the report."""
