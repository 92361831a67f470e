#!/usr/bin/env python3
"""Check the translation files against en.json.

Checks: identical key sets (en, zh, ru, es); no empty strings; no text identical to English
(except an explicit allowlist of real words that coincide, and pure codes/URLs/numbers);
placeholders, URLs/schemes, numbers, Recommendation references ((i)-(v), (a)-(h)) and markup
preserved; glossary terms used where the English has them; no stray Latin 'OER' in zh/ru/es.
Exit status 1 on any error.  Usage: check.py [lang ...]  (default: zh ru es)"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = sys.argv[1:] or ['zh', 'ru', 'es']

# real words that are spelled the same as in English
SAME_OK = {'es': {'No'}, 'ru': set(), 'zh': set()}

PLACEHOLDER = re.compile(r'\{\{?\s*[\w.]+\s*\}?\}|%(?:\d+\$)?[sdif]|\$\{[\w.]+\}|<[^>]+>|&\w+;')
URLISH = re.compile(r"https?://[A-Za-z0-9\-._~:/?#@!$&'*+=%]*(?<![.])")
NUMBER = re.compile(r'\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?!\d)|\d+')
REF = re.compile(r'\((?:iii|ii|iv|v|i|[a-h])\)')
MARKUP = re.compile(r'\*\*|__|`|\[[^\]]*\]\([^)]*\)|\n')
CODEISH = re.compile(r'^[\W\d_]*$|^https?://\S+$|^[A-Z0-9_]+$')

GLOSSARY = [  # (English regex, {lang: required regex})
    (r'\bOER\b', {'zh': '开放教育资源', 'ru': 'ООР|открыт\\w* образовательн', 'es': r'\bREA\b|[Rr]ecursos [Ee]ducativos [Aa]biertos'}),
    (r'Member State', {'zh': '会员国', 'ru': 'государств\\w*-член', 'es': 'Estado Miembro'}),
    (r'Associate Member', {'zh': '准会员', 'ru': 'ассоциированн\\w* член', 'es': 'Miembro Asociado'}),
    (r'National Commission for UNESCO', {'zh': '联合国教科文组织全国委员会', 'ru': 'Национальн\\w* комисси\\w* по делам ЮНЕСКО', 'es': 'Comisión Nacional para la UNESCO'}),
    (r'focal point', {'zh': '联络人', 'ru': 'координатор', 'es': 'punto focal'}),
    (r'open(ly)? licen[cs]', {'zh': '开放许可', 'ru': 'открыт\\w* лиценз', 'es': 'licencias? abiertas?'}),
    (r'stakeholder', {'zh': '利益攸关方', 'ru': 'заинтересованн\\w* сторон', 'es': 'partes? interesadas?'}),
    (r'capacity', {'zh': '能力', 'ru': 'потенциал', 'es': 'capacidad'}),
    (r'copyright', {'zh': '版权', 'ru': 'авторск\\w* прав', 'es': 'derecho de autor'}),
    (r'public domain', {'zh': '公有领域', 'ru': 'общественное достояние', 'es': 'dominio público'}),
    (r'[Rr]epositor', {'zh': '资源库', 'ru': 'репозитори', 'es': 'repositorio'}),
    (r'[Qq]uality assurance', {'zh': '质量保证', 'ru': 'обеспечени\\w* качества', 'es': 'garantía de calidad'}),
    (r'[Hh]yperlink', {'zh': '超链接', 'ru': 'гиперссылк', 'es': 'hipervínculo'}),
    (r'Area of action', {'zh': '行动领域', 'ru': 'Область действий', 'es': 'Esfera de acción'}),
    (r'[Pp]aragraph (\d+)', {'zh': '第\\d+段', 'ru': 'пункт\\w* \\d+', 'es': 'párrafo \\d+'}),
    (r'^Yes\b', {'zh': '^是', 'ru': '^Да', 'es': '^Sí'}),
    (r'^If yes', {'zh': '^如是', 'ru': '^Если да', 'es': '^En caso afirmativo'}),
    (r'Recommendation', {'zh': '建议书', 'ru': 'Рекомендаци', 'es': 'Recomendación'}),
    (r'learner', {'zh': '学习者', 'ru': 'учащи', 'es': 'educando'}),
]


def load(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        return json.load(f)


def numbers(s):
    return Counter(re.sub(r'[,.\u00a0\u202f ]', '', n) for n in NUMBER.findall(s))


def main():
    en = load('en.json')
    errors, warnings = [], []
    print('en: %d keys, %d distinct texts' % (len(en), len(set(en.values()))))
    for lang in LANGS:
        try:
            tr = load('%s.json' % lang)
        except FileNotFoundError:
            errors.append('%s: file missing' % lang)
            continue
        e0 = len(errors)
        missing = sorted(set(en) - set(tr))
        extra = sorted(set(tr) - set(en))
        if missing:
            errors.append('%s: %d keys missing, e.g. %s' % (lang, len(missing), missing[:5]))
        if extra:
            errors.append('%s: %d unknown keys, e.g. %s' % (lang, len(extra), extra[:5]))
        same = 0
        for k, src in en.items():
            t = tr.get(k)
            if t is None:
                continue
            if not isinstance(t, str) or not t.strip():
                errors.append('%s %s: empty' % (lang, k))
                continue
            if t != t.strip():
                warnings.append('%s %s: leading/trailing whitespace' % (lang, k))
            if t == src:
                if t in SAME_OK.get(lang, ()) or CODEISH.match(t):
                    same += 1
                else:
                    errors.append('%s %s: identical to English: %r' % (lang, k, t))
            for name, rx, norm in (('placeholders', PLACEHOLDER, Counter), ('URLs', URLISH, Counter),
                                   ('references', REF, Counter), ('markup', MARKUP, Counter)):
                a, b = norm(rx.findall(src)), norm(rx.findall(t))
                if a != b:
                    errors.append('%s %s: %s differ: en %s / %s %s' % (lang, k, name, dict(a), lang, dict(b)))
            if numbers(src) != numbers(t):
                errors.append('%s %s: numbers differ: en %s / %s %s' % (lang, k, dict(numbers(src)), lang, dict(numbers(t))))
            if re.search(r'\bOER\b', t):
                errors.append('%s %s: untranslated "OER"' % (lang, k))
            for en_rx, req in GLOSSARY:
                if re.search(en_rx, src) and lang in req and not re.search(req[lang], t, re.I):
                    warnings.append('%s %s: glossary term for /%s/ not found (expected /%s/)' % (lang, k, en_rx, req[lang]))
            if lang == 'zh' and re.search(r'[A-Za-z]{3,}', REF.sub('', URLISH.sub('', t))):
                warnings.append('%s %s: Latin letters in Chinese text: %r' % (lang, k, t))
            if lang in ('ru',) and re.search(r'\b[A-Za-z]{3,}\b', REF.sub('', URLISH.sub('', t))):
                warnings.append('%s %s: Latin word in Russian text: %r' % (lang, k, t))
            if lang == 'es' and src.rstrip().endswith('?') and '¿' not in t:
                errors.append('%s %s: question without opening ¿' % (lang, k))
        ok = len(errors) == e0
        print('%s: %d keys (%d missing, %d unknown), %d distinct texts, %d identical to English (allowed), %s'
              % (lang, len(tr), len(missing), len(extra), len(set(tr.values())), same,
                 'OK' if ok else '%d errors' % (len(errors) - e0)))
    for w in warnings:
        print('WARNING', w)
    for e in errors:
        print('ERROR', e)
    print('total: %d errors, %d warnings' % (len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
