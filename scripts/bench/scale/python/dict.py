# dict: a dict of n keys set, then each read back.
import sys


def main():
    # In a function, as real code is: locals make CPython's in-place
    # `t = t + x` possible (a module-level global copies every time).
    n = int(sys.argv[1])
    o = {}
    for i in range(1, n + 1):
        o["k" + str(i)] = i
    s = 0
    for i in range(1, n + 1):
        s += o["k" + str(i)]
    print(s)


main()
