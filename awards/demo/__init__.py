"""The demo network of ``manage.py load_demo_network``: its data files (``data/``) and the
loader that puts them into the database."""
