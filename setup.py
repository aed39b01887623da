"""Maps the top-level resources/ folder into the installed package as desktop.resources."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["desktop", "desktop.*"]), "desktop.resources"],
    package_dir={"desktop.resources": "resources"},
    package_data={"desktop.resources": ["**/*"], "desktop.migrations": ["*.mako"]},
)
