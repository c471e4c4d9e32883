# concat: t = t + "{\"id\":" + str(i) + "}", n times.
import sys


def main():
    # In a function, as real code is: locals make CPython's in-place
    # `t = t + x` possible (a module-level global copies every time).
    n = int(sys.argv[1])
    t = ""
    for i in range(1, n + 1):
        t = t + "{\"id\":" + str(i) + "}"
    print(len(t))


main()
