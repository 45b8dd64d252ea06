# SPDX-License-Identifier: LGPL-2.1-or-later
"""Loads libkommune through GObject Introspection for every test module."""

import os
import sys

import gi

gi.require_version('Kommune', '1')

sys.path.insert(0, os.path.dirname(__file__))
