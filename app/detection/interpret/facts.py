"""What the interpreters found out: the commands a text runs, once its spelling is undone."""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_INVOCATIONS = 256
MAX_LAYERS = 8
MAX_ARGS = 32
MAX_ARG_CHARS = 512


@dataclass(frozen=True)
class Invocation:
    """One command the text runs, as its interpreter would resolve it."""

    name: str  # lower-case command or program, aliases followed, path and .exe dropped
    args: tuple[str, ...]  # argument texts as evaluated ("" where unknown)
    shell: str  # "powershell", "cmd", "posix", "js"
    hidden: bool = False  # the name came from a lookup, wildcard, alias trick or computation
    # the name is the user's own login shell ("$SHELL"): the environment chose it, not the text
    own_shell: bool = False


@dataclass
class Facts:
    """Everything the interpreters learnt from one text; shared by all of them."""

    invocations: list[Invocation] = field(default_factory=list)
    members: set[str] = field(default_factory=set)  # .NET types, COM ProgIDs, methods, JS calls
    remote_code: list[str] = field(default_factory=list)  # URLs whose content a shell runs
    remote_script: list[str] = field(default_factory=list)  # URLs a page is made to run (JS)
    downloaded_files: list[str] = field(default_factory=list)  # files written from a URL
    layers: list[str] = field(default_factory=list)  # the text as its interpreter reads it
    complete: bool = True  # False when a budget cut an interpretation short
    hidden_members: set[str] = field(default_factory=set)  # .('Down'+'loadString')
    aliased: set[str] = field(default_factory=set)  # commands the text renamed (sal x iex)
    source: str = ""  # the text as written, lower-case: a name written out is not hidden

    def invoke(
        self, name: str, args: list[str], shell: str, hidden: bool = False, own_shell: bool = False
    ) -> None:
        if len(self.invocations) >= MAX_INVOCATIONS:
            return
        clean = name.strip().strip("'\"").lower().replace("/", "\\").rsplit("\\", 1)[-1]
        if clean.endswith(".exe"):
            clean = clean[:-4]
        if not clean:
            return
        kept = tuple(a[:MAX_ARG_CHARS] for a in args[:MAX_ARGS])
        self.invocations.append(Invocation(clean, kept, shell, hidden, own_shell))

    def layer(self, text: str, original: str) -> None:
        text = text.strip()
        fresh = text and text != original.strip() and text not in self.layers
        if fresh and len(self.layers) < MAX_LAYERS:
            self.layers.append(text)
