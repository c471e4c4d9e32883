# position: t.find("x") that misses, 200 times, on a text of n "é".
import sys


def main():
    # In a function, as real code is: locals make CPython's in-place
    # `t = t + x` possible (a module-level global copies every time).
    n = int(sys.argv[1])
    t = ""
    for i in range(n):
        t = t + "é"
    found = 0
    for i in range(200):
        found += t.find("x") + 1
    print(found)


main()
