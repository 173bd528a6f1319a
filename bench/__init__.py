"""`make bench`: how fast the reader is at scale, as ratios against baselines measured in the same run.

`python -m bench` runs every measurement and writes bench/results.json; `python -m bench --smoke`
runs the same code paths on tiny inputs once (CI), asserting nothing about time. See bench/README.md.
"""
