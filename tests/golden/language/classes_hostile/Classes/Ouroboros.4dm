// Hostile: a class that extends itself (classes.md: "A user class cannot extend itself").
Class extends Ouroboros
