"""Case files: SQLAlchemy models, migrations, repositories, backups and bundles."""
