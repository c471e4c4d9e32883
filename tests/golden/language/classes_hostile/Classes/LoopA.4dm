// Hostile: LoopA and LoopB extend each other (classes.md forbids circular extends).
Class extends LoopB
