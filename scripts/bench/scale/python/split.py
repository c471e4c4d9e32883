# split: str.split of a text of n comma-separated words.
import sys


def main():
    # In a function, as real code is: locals make CPython's in-place
    # `t = t + x` possible (a module-level global copies every time).
    n = int(sys.argv[1])
    t = ""
    for i in range(1, n + 1):
        t = t + "mot" + str(i % 10) + ","
    print(len(t.split(",")))


main()
