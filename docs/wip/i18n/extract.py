#!/usr/bin/env python3
"""Extract every localized text object from the questionnaire with a stable key.

Key rules (built from codes, never from array positions when a code exists):
  title                                  questionnaire title
  components.<name>                      sub-field labels of contact / person_list
  section.<SECTION>.<prop>               section title / description
  question.<QUESTION>.<prop>             question label / help (question codes are unique
                                         across the questionnaire, so the section is omitted)
  question.<Q>.option.<option>           option label (the option's only text)
  question.<Q>.field.<field>.<prop>      field label / help of a repeatable group
  question.<Q>.field.<field>.option.<o>  option label of a group field
  indicator.<INDICATOR>.<prop>           indicator label
Array items without a `code` fall back to the nearest code plus a distinguishing
property (`number`, `type`) and, only as a last resort, the index `#<i>`.
Any other dict property is appended as `.<property>`.

Usage: extract.py [questionnaire.json] [out-dir]
"""
import json, os, sys
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = sys.argv[1] if len(sys.argv) > 1 else '/work/main/questionnaire/oer-recommendation-2022.1.json'
OUT = sys.argv[2] if len(sys.argv) > 2 else HERE

LANGS = {'en', 'fr', 'ar'}
SINGULAR = {'sections': 'section', 'questions': 'question', 'options': 'option',
            'fields': 'field', 'indicators': 'indicator'}
# containers whose items are addressed globally (their codes are unique questionnaire-wide)
GLOBAL = {'sections', 'questions', 'indicators'}
# an item whose only text is its label: key is the item itself (question.Q.option.yes)
LABEL_ONLY = {'options'}


def is_text(x):
    return isinstance(x, dict) and x and set(x) <= LANGS


def item_id(item, i, siblings):
    if isinstance(item, dict):
        if item.get('code'):
            return str(item['code'])
        for prop in ('number', 'type'):
            v = item.get(prop)
            if v is not None and sum(1 for s in siblings if isinstance(s, dict) and s.get(prop) == v) == 1:
                return '%s=%s' % (prop, v)
    return '#%d' % i


def walk(x, key, out, container=None):
    if is_text(x):
        if key in out:
            raise SystemExit('duplicate key: ' + key)
        out[key] = x
        return
    if isinstance(x, dict):
        for k, v in x.items():
            if isinstance(v, list) and k in SINGULAR:
                for i, item in enumerate(v):
                    iid = item_id(item, i, v)
                    base = SINGULAR[k] + '.' + iid
                    if k not in GLOBAL:
                        base = key + '.' + base if key else base
                    if k in LABEL_ONLY and isinstance(item, dict):
                        texts = [p for p, t in item.items() if is_text(t)]
                        if texts == ['label']:
                            walk(item['label'], base, out)
                            for p, t in item.items():
                                if p != 'label':
                                    walk(t, base + '.' + p, out)
                            continue
                    walk(item, base, out)
            else:
                walk(v, key + '.' + k if key else k, out)
    elif isinstance(x, list):
        for i, item in enumerate(x):
            walk(item, '%s.%s' % (key, item_id(item, i, x)), out)


def count_texts(x):
    if is_text(x):
        return 1
    if isinstance(x, dict):
        return sum(count_texts(v) for v in x.values())
    if isinstance(x, list):
        return sum(count_texts(v) for v in x)
    return 0


def main():
    with open(SRC, encoding='utf-8') as f:
        doc = json.load(f, object_pairs_hook=OrderedDict)
    texts = OrderedDict()
    walk(doc, '', texts)
    n = count_texts(doc)
    if n != len(texts):
        raise SystemExit('MISMATCH: %d localized objects, %d keys' % (n, len(texts)))
    os.makedirs(OUT, exist_ok=True)
    for lang in ('en', 'fr', 'ar'):
        data = OrderedDict((k, t.get(lang, '')) for k, t in texts.items())
        name = 'en.json' if lang == 'en' else 'source-%s.json' % lang
        with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write('\n')
    print('localized objects: %d, keys: %d, unique: %d -> OK' % (n, len(texts), len(set(texts))))


if __name__ == '__main__':
    main()
