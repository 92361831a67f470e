#!/usr/bin/env python3
"""Expand a translation memory (tm-<lang>.json: representative key -> text, one entry per
distinct English text, the key being the first key carrying that text in en.json) into
<lang>.json with exactly the keys of en.json.  Usage: build.py zh [ru es]"""
import json, os, sys
from collections import OrderedDict
HERE = os.path.dirname(os.path.abspath(__file__))
en = json.load(open(os.path.join(HERE, 'en.json'), encoding='utf-8'), object_pairs_hook=OrderedDict)
rep = OrderedDict()
for k, v in en.items():
    rep.setdefault(v, k)
for lang in sys.argv[1:]:
    tm = json.load(open(os.path.join(HERE, 'tm-%s.json' % lang), encoding='utf-8'))
    missing = [rep[v] for v in rep if rep[v] not in tm]
    extra = [k for k in tm if k not in rep.values()]
    out = OrderedDict((k, tm.get(rep[v], '')) for k, v in en.items())
    with open(os.path.join(HERE, '%s.json' % lang), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('%s: %d keys, %d/%d distinct texts translated, missing %s, unknown %s'
          % (lang, len(out), len(rep) - len(missing), len(rep), missing, extra))
