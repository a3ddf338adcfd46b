#!/usr/bin/env python3
"""Carry finished translations over to messages lupdate now files under another context.

lupdate keys a message by (context, source). When code moves a text to another context (a class
renamed, a tr() helper replaced), `update_translations` (which runs lupdate -no-obsolete) drops the
old entry and adds the text again as unfinished. This fills such unfinished messages from a previous
.ts when the source text, disambiguation and plural flag are identical, preferring the same context,
and prints every message it filled so the change can be reviewed.

    git show HEAD:translations/stackdeck_de.ts > /tmp/stackdeck_de.old.ts
    cmake --build build/<dir> --target update_translations
    python3 translations/fill_from_previous.py /tmp/stackdeck_de.old.ts translations/stackdeck_de.ts
    cmake --build build/<dir> --target update_translations   # lupdate rewrites the file in its own layout
"""
import sys
import xml.etree.ElementTree as ET


def key(message):
    comment = message.find('comment')
    return (message.findtext('source'), comment.text if comment is not None else None,
            message.get('numerus') == 'yes')


def finished(translation):
    return translation is not None and translation.get('type') is None


def main(previous_path, current_path):
    by_context, by_text = {}, {}
    for context in ET.parse(previous_path).getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            translation = message.find('translation')
            if finished(translation):
                by_context[(name,) + key(message)] = translation
                by_text.setdefault(key(message), translation)

    tree = ET.parse(current_path)
    filled = left = 0
    for context in tree.getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            translation = message.find('translation')
            if translation is None or translation.get('type') != 'unfinished':
                continue
            old = by_context.get((name,) + key(message), by_text.get(key(message)))
            if old is None:
                left += 1
                continue
            translation.clear()
            translation.text = old.text
            for form in old.findall('numerusform'):
                ET.SubElement(translation, 'numerusform').text = form.text
            filled += 1
            print(f'{name}: {message.findtext("source")!r} -> '
                  f'{old.text if old.text else [f.text for f in old.findall("numerusform")]!r}')

    body = ET.tostring(tree.getroot(), encoding='unicode')
    with open(current_path, 'w', encoding='utf-8') as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n')
    print(f'{filled} filled, {left} still unfinished', file=sys.stderr)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
