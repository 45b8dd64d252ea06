# SPDX-License-Identifier: LGPL-2.1-or-later
"""The JSON Schema in doc/ describes what the library writes and reads."""

import json
import os

import jsonschema
import pytest

HERE = os.path.dirname(__file__)
SCHEMA = json.load(open(os.path.join(HERE, '..', '..', 'doc', 'kommune-document.schema.json'), encoding='utf-8'))
DATA = os.path.join(HERE, '..', 'data')


@pytest.mark.parametrize('name', sorted(n for n in os.listdir(DATA) if n.endswith('.json')))
def test_bundled_documents_follow_the_schema(name):
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.validate(json.load(open(os.path.join(DATA, name), encoding='utf-8')), SCHEMA,
                        cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize('name', ['n_amount-as-string.json', 'n_misspelt-member.json', 'n_newer-format.json',
                                  'n_unknown-budget-type.json', 'n_short-municipality-number.json'])
def test_schema_refuses_what_the_library_refuses(name):
    document = json.load(open(os.path.join(DATA, 'documents', name), encoding='utf-8'))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, SCHEMA, cls=jsonschema.Draft202012Validator)
