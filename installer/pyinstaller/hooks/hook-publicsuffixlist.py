"""publicsuffixlist reads its bundled Public Suffix List (public_suffix_list.dat) from beside its
module at run time; PyInstaller collects only code unless told, and the engine cannot start
without the list (app/detection/provenance.py)."""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("publicsuffixlist", includes=["*.dat"])
