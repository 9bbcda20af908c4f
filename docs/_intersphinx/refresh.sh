#!/usr/bin/env bash
# Rebuild the stored intersphinx inventories (see README.md here). Run from anywhere; it needs
# apt-get (for Python's own documentation), pip, and Sphinx with furo and myst-parser.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

# Python: the Debian documentation package of the oldest supported Python.
apt-get download python3.11-doc
dpkg-deb -x python3.11-doc_*.deb deb
cp deb/usr/share/doc/python3.11/html/objects.inv "$here/python.inv"

# attrs and cattrs: build their own docs from the sdists of the versions pinned here, with the
# extensions the build does not need (404 page, towncrier, copy buttons) left out.
attrs_version="${ATTRS_VERSION:-26.1.0}"
cattrs_version="${CATTRS_VERSION:-26.2.1}"
python -m pip download --quiet --no-deps --no-binary :all: \
    "attrs==$attrs_version" "cattrs==$cattrs_version"
tar xzf "attrs-$attrs_version.tar.gz"
tar xzf "cattrs-$cattrs_version.tar.gz"
(cd "attrs-$attrs_version/docs" && python -m sphinx -q -b html \
    -D extensions=myst_parser,sphinx.ext.napoleon,sphinx.ext.autodoc,sphinx.ext.doctest,sphinx.ext.todo \
    . "$work/attrs-html")
(cd "cattrs-$cattrs_version/docs" && python -m sphinx -q -b html \
    -D extensions=sphinx.ext.autodoc,sphinx.ext.doctest,myst_parser \
    . "$work/cattrs-html")
cp "$work/attrs-html/objects.inv" "$here/attrs.inv"
cp "$work/cattrs-html/objects.inv" "$here/cattrs.inv"
echo "refreshed: $(ls "$here"/*.inv | xargs -n1 basename | tr '\n' ' ')"
