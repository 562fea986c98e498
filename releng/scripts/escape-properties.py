#!/usr/bin/env python3
"""Rewrites .properties files so that every non-ASCII character is a \\uXXXX escape.

Eclipse's NLS reads message files as ISO-8859-1, so translations are kept escaped. Run it on
the files you edited: releng/scripts/escape-properties.py path/to/messages_zh.properties ...
"""
import sys


def escape(text):
    out = []
    for ch in text:
        code = ord(ch)
        if code < 128:
            out.append(ch)
        elif code <= 0xFFFF:
            out.append('\\u%04x' % code)
        else:
            code -= 0x10000
            out.append('\\u%04x\\u%04x' % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
    return ''.join(out)


for path in sys.argv[1:]:
    with open(path, encoding='utf-8') as f:
        text = f.read()
    with open(path, 'w', encoding='ascii', newline='') as f:
        f.write(escape(text))
