# classes: make 200,000 instances of a small class (constructor, computed
# property, two functions), call the functions and read the computed
# property of each, and sum the results.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def sum(self):
        return self.x + self.y

    def scaled(self, k):
        return self.x * k

    def bump(self):
        self.y = self.y + 1


def main():
    total = 0
    for i in range(1, 200001):
        p = Point(i % 100, i % 7)
        p.bump()
        total = total + p.scaled(3) + p.sum
    print(str(total))


main()
