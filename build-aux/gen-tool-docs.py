#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Makes the man page and the bash completion of the kommune command from
its one description, libkommune/tool/kommune-commands.json.

    gen-tool-docs.py SOURCE --version V --man kommune.1 --completion kommune

The man page is roff with the man(7) macros; every character beyond ASCII
is written as a groff escape (\\[u00F8]), so it renders the same whatever
the input encoding groff assumes. The completion is one bash function,
_kommune, whose tables are made from the description. Only the standard
library is used: this runs at build time with the build's Python.
"""

import argparse
import json
import re
import sys


# ---------------------------------------------------------------- roff

def roff_text(text):
    """Escapes running text for roff."""
    out = []
    for ch in text.replace("\\", "\\e"):
        if ch == "-":
            out.append("\\-")
        elif ord(ch) > 127:
            out.append("\\[u%04X]" % ord(ch))
        else:
            out.append(ch)
    # A comma inside a word (a CSV header, a list of codes) may break a
    # line on a narrow terminal.
    text = re.sub(r",(?=\S)", ",\\:", "".join(out))
    # A line may not begin with a control character.
    return "\n".join("\\&" + line if line[:1] in (".", "'") else line for line in text.split("\n"))


def bold(text):
    return "\\fB" + roff_text(text) + "\\fR"


def italic(text):
    return "\\fI" + roff_text(text) + "\\fR"


def option_synopsis(option):
    """[-f FORMAT] style, as one roff fragment."""
    names = option["long"] if "short" not in option else option["short"] + "|" + option["long"]
    text = bold(names)
    if "arg" in option:
        if "values" in option and not option.get("list") and not option.get("prefix"):
            # "\:" lets a narrow terminal break the line after a bar.
            text += " " + "|\\:".join(roff_text(v) for v in option["values"])
        else:
            text += " " + italic(option["arg"])
    if option.get("repeat"):
        text += roff_text("...")
    return text if option.get("required") else "[" + text + "]"


def argument_synopsis(argument):
    return italic(argument["name"]) + (roff_text("...") if argument.get("repeat") else "")


def command_synopsis(program, command):
    parts = [bold(program + " " + command["name"])]
    parts += [argument_synopsis(a) for a in command.get("arguments", [])]
    parts += [option_synopsis(o) for o in command.get("options", [])]
    return " ".join(parts)


def option_heading(option):
    names = []
    if "short" in option:
        names.append(bold(option["short"]) + (" " + italic(option["arg"]) if "arg" in option else ""))
    names.append(bold(option["long"]) + ("=" + italic(option["arg"]) if "arg" in option else ""))
    return ", ".join(names)


def man_page(doc, version):
    program = doc["program"]
    lines = [
        '.\\" Generated from libkommune/tool/kommune-commands.json by build-aux/gen-tool-docs.py.',
        '.\\" SPDX-License-Identifier: LGPL-2.1-or-later',
        '.TH %s 1 "" "libkommune %s" "User Commands"' % (program.upper(), roff_text(version)),
        ".nh",
        ".ad l",
        ".SH NAME",
        "%s \\- %s" % (program, roff_text(doc["summary"])),
        ".SH SYNOPSIS",
    ]
    for synopsis in doc["synopsis"]:
        lines += [".PP", bold(program) + " " + roff_text(synopsis)]
    for command in doc["commands"]:
        lines += [".PP", command_synopsis(program, command)]
    lines.append(".SH DESCRIPTION")
    for paragraph in doc["description"]:
        lines += [".PP", roff_text(paragraph)]

    lines.append(".SH COMMANDS")
    for command in doc["commands"]:
        arguments = " ".join(argument_synopsis(a) for a in command.get("arguments", []))
        lines += [".TP", bold(command["name"]) + (" " + arguments if arguments else ""),
                  roff_text(command["summary"][:1].upper() + command["summary"][1:] + ". " + command["description"])]
        for option in command.get("options", []):
            lines += [".RS", ".TP", option_heading(option), roff_text(option["description"])]
            if "values" in option:
                lines += [".br", "Values: " + ", ".join(bold(v) for v in option["values"]) + "."]
            lines.append(".RE")
        lines += [".RS", ".TP", bold("-h") + ", " + bold("--help"), "Print the command's options.", ".RE"]

    lines.append(".SH OPTIONS")
    for option in doc["global_options"]:
        lines += [".TP", option_heading(option), roff_text(option["description"])]

    lines.append(".SH EXIT STATUS")
    for status in doc["exit_status"]:
        lines += [".TP", bold(status["code"]), roff_text(status["meaning"])]

    lines.append(".SH ENVIRONMENT")
    for variable in doc["environment"]:
        lines += [".TP", bold(variable["name"]), roff_text(variable["description"])]

    lines.append(".SH EXAMPLES")
    for example in doc["examples"]:
        lines += [".PP", roff_text(example["description"]), ".PP", ".RS", ".nf",
                  roff_text(example["command"]), ".fi", ".RE"]

    lines.append(".SH SEE ALSO")
    references = []
    for reference in doc["see_also"]:
        name, section = re.fullmatch(r"(.+)\((\w+)\)", reference).groups()
        references.append(bold(name) + "(" + section + ")")
    lines.append(",\n".join(references))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- bash

def sh_quote(text):
    return "'" + text.replace("'", "'\\''") + "'"


def case_label(words):
    return "|".join(sh_quote(w) for w in words)


def completion(doc):
    program = doc["program"]
    commands = [c["name"] for c in doc["commands"]]
    top = sorted({name.split()[0] for name in commands})
    groups = {}
    for name in commands:
        if " " in name:
            group, sub = name.split(" ", 1)
            groups.setdefault(group, []).append(sub)
    global_options = []
    for option in doc["global_options"]:
        global_options.append(option["long"])

    options_cases = []
    argument_cases = []
    value_cases = []
    for command in doc["commands"]:
        names = ["--help"]
        for option in command.get("options", []):
            names.append(option["long"])
            if "arg" in option:
                labels = [command["name"] + " " + option["long"]]
                if "short" in option:
                    labels.append(command["name"] + " " + option["short"])
                if "values" in option:
                    kind = "list" if option.get("list") else "prefix" if option.get("prefix") else "words"
                    action = "%s %s" % (kind, sh_quote(" ".join(option["values"])))
                elif option.get("complete") == "file":
                    action = "file"
                elif option.get("complete") == "json":
                    action = "json"
                else:
                    action = "none"
                value_cases.append("        %s) echo %s ;;" % (case_label(labels), action))
        options_cases.append("        %s) echo %s ;;" % (case_label([command["name"]]), sh_quote(" ".join(names))))
        kinds = {a.get("complete", "none") for a in command.get("arguments", [])} or {"none"}
        argument_cases.append("        %s) echo %s ;;" % (case_label([command["name"]]), sorted(kinds)[0]))

    group_cases = ["        %s) echo %s ;;" % (case_label([g]), sh_quote(" ".join(subs)))
                   for g, subs in sorted(groups.items())]

    return """\
# bash completion for {program}                           -*- shell-script -*-
# Generated from libkommune/tool/kommune-commands.json by
# build-aux/gen-tool-docs.py; edit that description, not this file.
# SPDX-License-Identifier: LGPL-2.1-or-later

_{program}_subcommands ()
{{
    case "$1" in
{group_cases}
    esac
}}

_{program}_options ()
{{
    case "$1" in
{options_cases}
    esac
}}

# How the argument of an option is completed: words LIST, list LIST (a
# comma list of them), prefix LIST (KEY= and go on), file, json or none.
_{program}_option_value ()
{{
    case "$1" in
{value_cases}
        *) echo unknown ;;
    esac
}}

_{program}_argument ()
{{
    case "$1" in
{argument_cases}
        *) echo none ;;
    esac
}}

_{program}_files ()
{{
    local IFS=$'\\n'
    compopt -o filenames 2>/dev/null
    if [[ $1 == json ]]; then
        COMPREPLY=( $(compgen -d -- "$2") $(compgen -f -X '!*.json' -- "$2") )
    else
        COMPREPLY=( $(compgen -f -- "$2") )
    fi
}}

_{program} ()
{{
    local cur=${{COMP_WORDS[COMP_CWORD]}}
    local prev=
    local -a words=()
    local i word command= option= given=
    COMPREPLY=()

    # The words before the cursor, with "--opt" "=" "value" (bash splits
    # at '=') joined back to "--opt=value".
    local n last
    for (( i = 1; i < COMP_CWORD; i++ )); do
        word=${{COMP_WORDS[i]}}
        n=${{#words[@]}}
        last=
        (( n > 0 )) && last=${{words[n-1]}}
        if [[ $word == = && n -gt 0 ]]; then
            words[n-1]+="="
        elif [[ $last == --*= ]]; then
            words[n-1]+="$word"
        else
            words+=( "$word" )
        fi
    done
    n=${{#words[@]}}
    last=
    (( n > 0 )) && last=${{words[n-1]}}
    if [[ $cur == = && $last == -* ]]; then
        cur=
        option=$last
        unset 'words[n-1]'
    elif [[ $last == --*= ]]; then
        option=${{last%=}}
        unset 'words[n-1]'
    elif [[ $cur == --*=* ]]; then
        option=${{cur%%=*}}
        cur=${{cur#*=}}
        given="$option="
    fi

    # The command: the first word that is not an option, and for a group
    # (kostra) the word after it.
    local -a rest=()
    for word in "${{words[@]}}"; do
        if [[ -z $command ]]; then
            [[ $word == -* ]] && continue
            command=$word
        elif [[ -n $(_{program}_subcommands "$command") && $command != *" "* && $word != -* ]]; then
            command="$command $word"
        else
            rest+=( "$word" )
        fi
    done
    n=${{#rest[@]}}
    (( n > 0 )) && prev=${{rest[n-1]}}

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=( $(compgen -W {global_options} -- "$cur") )
        else
            COMPREPLY=( $(compgen -W {top} -- "$cur") )
        fi
        return 0
    fi
    local subs=$(_{program}_subcommands "$command")
    if [[ -n $subs && $command != *" "* ]]; then
        [[ $cur == -* ]] && subs=--help
        COMPREPLY=( $(compgen -W "$subs" -- "$cur") )
        return 0
    fi

    # The argument of an option: after "--opt=", or after "--opt" / "-o".
    local action
    if [[ -n $option ]]; then
        action=$(_{program}_option_value "$command $option")
    elif [[ -n $prev && $prev == -* && $prev != *=* ]]; then
        action=$(_{program}_option_value "$command $prev")
    else
        action=unknown
    fi
    if [[ $action != unknown ]]; then
        local kind=${{action%% *}} list=${{action#* }}
        case $kind in
            words)
                COMPREPLY=( $(compgen -W "$list" -P "$given" -- "$cur") ) ;;
            list)
                local head=
                [[ $cur == *,* ]] && head=${{cur%,*}},
                COMPREPLY=( $(compgen -W "$list" -P "$given$head" -- "${{cur##*,}}") )
                compopt -o nospace 2>/dev/null ;;
            prefix)
                COMPREPLY=( $(compgen -W "$list" -P "$given" -- "$cur") )
                compopt -o nospace 2>/dev/null ;;
            file|json)
                _{program}_files "$kind" "$cur" ;;
        esac
        return 0
    fi

    if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W "$(_{program}_options "$command")" -- "$cur") )
        return 0
    fi
    case $(_{program}_argument "$command") in
        json) _{program}_files json "$cur" ;;
        file) _{program}_files file "$cur" ;;
    esac
    return 0
}}

complete -F _{program} {program}
""".format(program=program,
           group_cases="\n".join(group_cases),
           options_cases="\n".join(options_cases),
           value_cases="\n".join(value_cases),
           argument_cases="\n".join(argument_cases),
           global_options=sh_quote(" ".join(global_options + ["-h"])),
           top=sh_quote(" ".join(top)))


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("--version", default="")
    parser.add_argument("--man")
    parser.add_argument("--completion")
    args = parser.parse_args(argv)
    with open(args.source, encoding="utf-8") as f:
        doc = json.load(f)
    if args.man:
        with open(args.man, "w", encoding="ascii") as f:
            f.write(man_page(doc, args.version))
    if args.completion:
        with open(args.completion, "w", encoding="utf-8") as f:
            f.write(completion(doc))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
