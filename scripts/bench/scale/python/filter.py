# filter: n dicts {v}, then those with v < n/2 (twin of .filter(Formula(…)).
import sys
n = int(sys.argv[1])
c = []
for i in range(1, n + 1):
    c.append({"v": (i * 7919) % n})
print(len([o for o in c if o["v"] < n / 2]))
