""".NET members, casts and constructors that hide text, modelled without side effects.

`[Convert]::FromBase64String`, `[Text.Encoding]::UTF8.GetString`, `[Uri]::UnescapeDataString`,
string methods, `[char]` casts, `New-Object Net.WebClient` and the streams that inflate a
compressed payload. Network methods return `Remote(url)` and record what they would fetch.
"""

from __future__ import annotations

from app.detection.interpret import values
from app.detection.interpret.budget import MAX_ITEMS, MAX_STRING
from app.detection.interpret.facts import Facts
from app.detection.interpret.names import match_commands
from app.detection.interpret.objects import (
    Code,
    CommandRef,
    Obj,
    Remote,
    TypeRef,
    Value,
    as_int,
    as_list,
    as_text,
    texts,
    type_name,
)
from app.detection.interpret.pswords import regex_replace

ENCODINGS = ("utf8", "unicode", "ascii", "utf32", "utf7", "bigendianunicode", "default", "latin1")
# Constructors whose objects fetch from the network (their methods return Remote).
WEB_TYPES = (
    "net.webclient",
    "net.http.httpclient",
    "com:msxml2.xmlhttp",
    "com:msxml2.serverxmlhttp",
    "com:microsoft.xmlhttp",
    "com:winhttp.winhttprequest.5.1",
    "com:msxml2.xmlhttp.6.0",
    "com:msxml2.serverxmlhttp.6.0",
)
FETCH_METHODS = (
    "downloadstring",
    "downloaddata",
    "openread",
    "getstringasync",
    "getbytearrayasync",
    "getasync",
    "getstreamasync",
)


def number(text: str) -> Value:
    return values.parse_int(text)


def decode_encoded_command(text: str) -> str | None:
    data = values.from_base64(text)
    if data is None:
        return None
    decoded = values.decode_bytes(data, "unicode")
    return decoded if values.printable(decoded) else None


def _chars(value: Value) -> list[Value] | None:
    if isinstance(value, str):
        return list(value[:MAX_ITEMS])
    return None


def index(base: Value, idx: Value) -> Value:
    """$s[3], $s[-1], $s[1,5,9], $s[-1..-20]: PowerShell leaves out what is out of range."""
    seq: list[Value] | bytes | None
    if isinstance(base, str):
        seq = _chars(base)
    elif isinstance(base, list | bytes):
        seq = base
    else:
        return None
    if seq is None:
        return None
    n = len(seq)

    def one(i: Value) -> Value | None:
        k = as_int(i)
        if k is None or not -n <= k < n:
            return None
        item = seq[k]
        return item

    if isinstance(idx, list):
        picked = [one(i) for i in idx[:MAX_ITEMS]]
        return [p for p in picked if p is not None]
    return one(idx)


def property_of(target: Value, name: str, static: bool) -> Value:
    if isinstance(target, TypeRef):
        if target.name in ("text.encoding", "text.unicodeencoding") and name in ENCODINGS:
            return Obj("encoding", name)
        if target.name in ("environment",) and name == "newline":
            return "\r\n"
        return None
    if name in ("length", "count"):
        if isinstance(target, str | list | bytes):
            return len(target)
        return None
    if isinstance(target, CommandRef):
        if name in (
            "name",
            "definition",
            "resolvedcommandname",
            "referencedcommand",
            "commandtype",
        ):
            return target.name if name != "commandtype" else "Cmdlet"
        if name in ("fullname", "path", "source"):
            return target.path or target.name
        return None
    if isinstance(target, Obj):
        if target.kind == "variable" and name == "value":
            return target.data if isinstance(target.data, str) else None
        if target.kind == "executioncontext" and name == "invokecommand":
            return Obj("invokecommand")
        if target.kind == "encoding" and name in ENCODINGS:
            return Obj("encoding", name)
        if target.kind in WEB_TYPES and name in ("responsetext", "responsebody"):
            return Remote(target.data if isinstance(target.data, str) else "")
        return None
    if isinstance(target, Remote) and name in ("content", "rawcontent", "result"):
        return target
    return None


def call(target: Value, name: str, args: list[Value], facts: Facts) -> Value:
    first = args[0] if args else None
    if isinstance(target, TypeRef):
        return _static(target.name, name, args, facts)
    if isinstance(target, str):
        return _string_method(target, name, args)
    if isinstance(target, Obj):
        return _object_method(target, name, args, facts)
    if isinstance(target, Code) and name in ("invoke", "invokereturnasis"):
        return target
    if isinstance(target, Remote) and name in ("invoke", "getresponsestream", "readtoend"):
        return target
    if isinstance(target, list) and name == "tostring":
        return as_text(target)
    if isinstance(target, int) and name == "tostring":
        fmt = as_text(first) or ""
        return (
            format(target, "x").zfill(as_int(fmt[1:]) or 0)
            if fmt.lower().startswith("x")
            else str(target)
        )
    return None


def _static(kind: str, name: str, args: list[Value], facts: Facts) -> Value:
    first = args[0] if args else None
    second = args[1] if len(args) > 1 else None
    if kind == "convert":
        if name == "frombase64string":
            text = as_text(first)
            return values.from_base64(text) if text else None
        if name == "tobase64string" and isinstance(first, bytes):
            import base64

            return base64.b64encode(first).decode("ascii")
        if name in ("toint32", "toint16", "toint64", "tobyte", "touint32"):
            text = as_text(first)
            base = as_int(second) or 10
            if text is None or base not in (2, 8, 10, 16):
                return as_int(first)
            try:
                return int(text.strip(), base)
            except ValueError:
                return None
        if name == "tochar":
            code = as_int(first)
            return values.char_of(code) if code is not None else None
        if name == "tostring":
            return as_text(first)
        return None
    if kind == "char" and name == "convertfromutf32":
        code = as_int(first)
        return values.char_of(code) if code is not None else None
    if kind == "string":
        if name == "join":
            sep = as_text(first)
            items = args[1:] if len(args) > 2 else as_list(second)
            parts = [as_text(v) for v in items]
            if sep is None or any(p is None for p in parts):
                return None
            return sep.join(p or "" for p in parts)[:MAX_STRING]
        if name == "concat":
            parts = [as_text(v) for v in (args if len(args) > 1 else as_list(first))]
            return None if any(p is None for p in parts) else "".join(p or "" for p in parts)
        if name == "new":
            return "".join(as_text(v) or "" for v in as_list(first))
        return None
    if kind in ("uri", "net.webutility", "web.httputility") and name in (
        "unescapedatastring",
        "unescapeuristring",
        "urldecode",
        "htmldecode",
    ):
        text = as_text(first)
        if text is not None and name == "htmldecode":
            import html  # its table of named references is large and rarely needed

            return html.unescape(text[:MAX_STRING])
        return values.url_unescape(text) if text is not None else None
    if kind in ("array", "linq.enumerable") and name == "reverse":
        return list(reversed(as_list(first)))
    if kind == "regex":
        if name == "replace" and len(args) >= 3:
            text, pattern, repl = as_text(first), as_text(second), as_text(args[2])
            if text is None or pattern is None or repl is None:
                return None
            return regex_replace(text, pattern, repl)
        if name == "unescape":
            return as_text(first)
        return None
    if kind == "scriptblock" and name == "create":
        text = as_text(first)
        if isinstance(first, Remote):
            facts.remote_code.append(first.url)
            return None
        return Code(text) if text is not None else None
    if kind in ("net.webrequest", "net.httpwebrequest") and name == "create":
        url = as_text(first)
        return Obj("net.webclient", url) if url else None
    if kind == "environment" and name == "getenvironmentvariable":
        from app.detection.deobfuscate import WINDOWS_ENV

        key = as_text(first)
        return WINDOWS_ENV.get(key.lower()) if key else None
    if kind in ("reflection.assembly",) and name in ("load", "loadfile", "loadfrom"):
        facts.members.add("reflection.assembly.load")
        return None
    if kind == "io.file" and name in ("writeallbytes", "writealltext") and first is not None:
        path = as_text(first)
        if path and isinstance(second, Remote):
            facts.downloaded_files.append(path)
        return None
    if kind == "diagnostics.process" and name == "start":
        facts.invoke(as_text(first) or "", [as_text(a) or "" for a in args[1:]], "powershell", True)
        return None
    if kind == "activator" and name == "createinstance":
        return None
    return None


def _string_method(text: str, name: str, args: list[Value]) -> Value:
    first = args[0] if args else None
    second = args[1] if len(args) > 1 else None
    if name == "replace":
        old, new = as_text(first), as_text(second) if second is not None else ""
        if old is None or new is None or not old:
            return None
        return text.replace(old, new)[:MAX_STRING]
    if name in ("substring", "remove"):
        start = as_int(first)
        length = as_int(second) if second is not None else None
        if start is None or not 0 <= start <= len(text):
            return None
        if name == "substring":
            return text[start:] if length is None else text[start : start + max(0, length)]
        return text[:start] if length is None else text[:start] + text[start + max(0, length) :]
    if name in ("tolower", "tolowerinvariant"):
        return text.lower()
    if name in ("toupper", "toupperinvariant"):
        return text.upper()
    if name in ("trim", "trimstart", "trimend"):
        chars = "".join(as_text(a) or "" for a in args) or None
        return {"trim": text.strip, "trimstart": text.lstrip, "trimend": text.rstrip}[name](chars)
    if name == "split":
        sep = as_text(first)
        if sep is None or not sep:
            return texts(text.split())
        if len(sep) > 1 and not isinstance(first, list):
            # String.Split(char[]) splits on any of the characters
            out = [text]
            for c in sep:
                out = [piece for part in out for piece in part.split(c)][:MAX_ITEMS]
            return texts(out)
        return texts(text.split(sep))
    if name == "tochararray":
        return texts(text)
    if name == "insert":
        at, piece = as_int(first), as_text(second)
        if at is None or piece is None or not 0 <= at <= len(text):
            return None
        return (text[:at] + piece + text[at:])[:MAX_STRING]
    if name in ("tostring", "normalize"):
        return text
    if name == "contains":
        part = as_text(first)
        return None if part is None else part in text
    if name == "indexof":
        part = as_text(first)
        return None if part is None else text.find(part)
    if name in ("startswith", "endswith"):
        part = as_text(first)
        return None if part is None else getattr(text.lower(), name)(part.lower())
    if name in ("padleft", "padright"):
        width = min(as_int(first) or 0, MAX_STRING)
        return text.rjust(width) if name == "padleft" else text.ljust(width)
    if name == "getvalue":
        at = as_int(first)
        return text[at] if at is not None and -len(text) <= at < len(text) else None
    return None


def _object_method(target: Obj, name: str, args: list[Value], facts: Facts) -> Value:
    first = args[0] if args else None
    second = args[1] if len(args) > 1 else None
    kind = target.kind
    if kind == "encoding":
        encoding = target.data if isinstance(target.data, str) else "utf8"
        if name == "getstring":
            if isinstance(first, bytes):
                return values.decode_bytes(first, encoding)
            if isinstance(first, list):
                codes = [as_int(v) for v in first]
                if all(c is not None and 0 <= c < 256 for c in codes):
                    return values.decode_bytes(bytes(c or 0 for c in codes), encoding)
            return None
        if name == "getbytes":
            text = as_text(first)
            return values.encode_text(text, encoding) if text is not None else None
        return None
    if kind == "invokecommand":
        if name in ("invokescript", "newscriptblock"):
            text = as_text(first)
            if isinstance(first, Remote):
                facts.remote_code.append(first.url)
                return None
            return Code(text) if text is not None else None
        if name in ("getcommand", "getcmdlet", "getcmdletbytypename"):
            pattern = as_text(first)
            found = match_commands(pattern) if pattern else []
            return CommandRef(found[0]) if found else None
        if name == "getcommandname":
            pattern = as_text(first)
            found = match_commands(pattern) if pattern else []
            return found[0] if len(found) == 1 else texts(found) or None
        return None
    if kind in WEB_TYPES:
        if name in FETCH_METHODS:
            url = as_text(first) or (target.data if isinstance(target.data, str) else None)
            return Remote(url or "")
        if name == "downloadfile":
            path = as_text(second)
            if path:
                facts.downloaded_files.append(path)
            return None
        if name == "open":
            url = as_text(second)
            return Obj(kind, url) if url else target
        if name in ("getresponse", "send"):
            return Remote(target.data) if isinstance(target.data, str) else None
        if name.startswith("upload"):
            facts.members.add("upload")
        return None
    if kind in ("io.memorystream", "io.compression.deflatestream", "io.compression.gzipstream"):
        if name in ("toarray",) and isinstance(target.data, bytes):
            return target.data
        return None
    if kind == "io.streamreader" and name == "readtoend":
        return target.data if isinstance(target.data, str) else None
    if kind.startswith("com:") and name in ("run", "exec", "shellexecute"):
        command = as_text(first)
        if command:
            facts.invoke(
                command.split()[0] if command.split() else command,
                command.split()[1:],
                "powershell",
                True,
            )
        return None
    return None


def cast(kind: str, value: Value, facts: Facts) -> Value:
    if kind == "char":
        if isinstance(value, str) and len(value) == 1:
            return value
        code = as_int(value)
        return values.char_of(code) if code is not None else None
    if kind in ("char[]",):
        if isinstance(value, str):
            return list(value[:MAX_ITEMS])
        out: list[Value] = []
        for v in as_list(value)[:MAX_ITEMS]:
            item = cast("char", v, facts)
            if item is None:
                return None
            out.append(item)
        return out
    if kind == "string":
        return as_text(value)
    if kind in ("int", "int32", "int64", "long", "byte", "int16", "uint32", "short"):
        if isinstance(value, str) and len(value) == 1 and not value.isdigit():
            return ord(value)
        return as_int(value)
    if kind in ("byte[]",):
        if isinstance(value, bytes):
            return value
        codes = [as_int(v) for v in as_list(value)[:MAX_STRING]]
        if all(c is not None and 0 <= c < 256 for c in codes):
            return bytes(c or 0 for c in codes)
        return None
    if kind in ("int[]", "object[]", "array", "string[]"):
        return as_list(value)
    if kind == "scriptblock":
        text = as_text(value)
        return Code(text) if text is not None else None
    if kind in ("io.memorystream",):
        return Obj("io.memorystream", value) if isinstance(value, bytes) else None
    if kind in ("type",):
        text = as_text(value)
        return TypeRef(type_name(text)) if text else None
    if kind in ("uri", "regex", "object", "psobject"):
        return value
    return None


def new_object(type_value: Value, params: dict[str, Value], facts: Facts) -> Value:
    com = params.get("comobject")
    ctor: list[Value] = []
    if isinstance(type_value, list) and type_value:
        ctor = as_list(type_value[1]) if len(type_value) > 1 else []
        type_value = type_value[0]
    if isinstance(com, str):
        kind = "com:" + com.lower()
        facts.members.add(kind)
        return Obj(kind)
    text = as_text(type_value)
    if not text:
        return None
    kind = type_name(text)
    facts.members.add(kind)
    first = ctor[0] if ctor else None
    if kind in ("io.memorystream",):
        data = first if isinstance(first, bytes) else None
        if isinstance(first, list):
            data = cast(
                "byte[]",
                first[-1] if first and isinstance(first[-1], bytes | list) else first,
                facts,
            )  # type: ignore[assignment]
        return Obj(kind, data if isinstance(data, bytes) else None)
    if kind in ("io.compression.deflatestream", "io.compression.gzipstream"):
        source = first.data if isinstance(first, Obj) and isinstance(first.data, bytes) else None
        if source is None:
            return Obj(kind)
        return Obj(kind, values.inflate(source, gzip=kind.endswith("gzipstream")))
    if kind in ("io.streamreader",):
        data = first.data if isinstance(first, Obj) and isinstance(first.data, bytes) else None
        encoding = second_encoding(ctor)
        return Obj(kind, values.decode_bytes(data, encoding) if data is not None else None)
    if kind in ("net.webclient", "net.http.httpclient", "system.net.webclient"):
        return Obj("net.webclient" if "webclient" in kind else kind)
    if kind == "string" and ctor:
        return "".join(as_text(v) or "" for v in as_list(first))
    if kind in ("text.utf8encoding", "text.asciiencoding", "text.unicodeencoding"):
        return Obj(
            "encoding",
            {"text.utf8encoding": "utf8", "text.asciiencoding": "ascii"}.get(kind, "unicode"),
        )
    return Obj(kind)


def second_encoding(ctor: list[Value]) -> str:
    if len(ctor) > 1 and isinstance(ctor[1], Obj) and ctor[1].kind == "encoding":
        return ctor[1].data if isinstance(ctor[1].data, str) else "utf8"
    return "utf8"


def command_ref(name: str) -> CommandRef:
    return CommandRef(name)
