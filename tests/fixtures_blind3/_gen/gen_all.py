"""Regenerate every blind3 fixture: python3 gen_all.py (from this folder)."""
import runpy
import os

HERE = os.path.dirname(os.path.abspath(__file__))
for name in ["gen_zhaopin", "gen_51job", "gen_58", "gen_ganji", "gen_liepin", "gen_boss", "gen_generic"]:
    runpy.run_path(os.path.join(HERE, name + ".py"), run_name="__main__")
