# filter: n dicts {v}, then those with v < n/2 (twin of .filter(Formula(…)).
import sys


def main():
    # In a function, as real code is: locals make CPython's in-place
    # `t = t + x` possible (a module-level global copies every time).
    n = int(sys.argv[1])
    c = []
    for i in range(1, n + 1):
        c.append({"v": (i * 613) % n})
    print(len([o for o in c if o["v"] < n / 2]))


main()
