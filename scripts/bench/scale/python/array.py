# array: list.append, n times, then the sum by a loop (twin of APPEND TO ARRAY).
import sys


def main():
    # In a function, as real code is: locals make CPython's in-place
    # `t = t + x` possible (a module-level global copies every time).
    n = int(sys.argv[1])
    a = []
    for i in range(1, n + 1):
        a.append(i)
    s = 0
    for i in range(len(a)):
        s += a[i]
    print(s)


main()
