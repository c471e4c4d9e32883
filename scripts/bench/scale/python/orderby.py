# orderby: n dicts {v}, sorted by v; prints the first and last v.
import sys


def main():
    # In a function, as real code is: locals make CPython's in-place
    # `t = t + x` possible (a module-level global copies every time).
    n = int(sys.argv[1])
    c = []
    for i in range(1, n + 1):
        c.append({"v": (i * 613) % n})
    s = sorted(c, key=lambda o: o["v"])
    print(s[0]["v"], s[n - 1]["v"])


main()
