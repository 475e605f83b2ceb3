"""Where the site replaces a part of Wagtail 8.0 or wagtail-localize 1.14.5.

Each module closes one gap its docstring names, with the version it was
found in and when to delete it; ``docs/upgrading.md`` is the checklist to go
through before upgrading either. This app stands at the top of the layers
(below ``network_site`` only), so it may use every app's rules.
"""
