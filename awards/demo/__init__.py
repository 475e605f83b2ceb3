"""The demo network of ``manage.py load_demo_network``: plain data, and the loader."""
