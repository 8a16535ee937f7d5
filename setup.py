"""The one thing pyproject.toml cannot say: ship the top-level resources/ as package data.

The rules, trust, target and remote-access lists, icons and drawings stay in resources/ at the
top of the project, where people edit them; the wheel carries them as the package data folder
app/resources (a package-dir mapping), which app.shipped.resources_dir() looks in first.
Packages and data folders are found automatically: a new sub-package or a new folder under
resources/ needs no edit here.
"""

from setuptools import find_namespace_packages, find_packages, setup

CODE = find_packages(include=["app", "app.*", "ui", "ui.*"])
# every folder of resources/ (rules/, icons/, learn/, ...) as a data-only package
DATA = ["app.resources", *(f"app.resources.{p}" for p in find_namespace_packages("resources"))]

setup(
    packages=CODE + DATA,
    package_dir={"app.resources": "resources"},
    package_data={
        **{package: ["*"] for package in DATA},
        "app": ["py.typed"],
        "ui": ["**/*.qm"],  # Qt translations, wherever ui keeps them
    },
)
