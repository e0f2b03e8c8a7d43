# Stands in for a PyInstaller run-time hook the bundle does without (see ../rthooks.dat).
