# push: c.append(i), n times, then the sum by a loop.
import sys


def main():
    # In a function, as real code is: locals make CPython's in-place
    # `t = t + x` possible (a module-level global copies every time).
    n = int(sys.argv[1])
    c = []
    for i in range(1, n + 1):
        c.append(i)
    s = 0
    for i in range(len(c)):
        s += c[i]
    print(s)


main()
