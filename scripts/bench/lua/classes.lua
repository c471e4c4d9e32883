-- classes: make 200,000 instances of a small class (constructor, computed
-- property, two functions), call the functions and read the computed
-- property of each, and sum the results. The class is a metatable; the
-- computed property is an __index function.
local Point = {}
local methods = {}

function methods.scaled(self, k)
  return self.x * k
end

function methods.bump(self)
  self.y = self.y + 1
end

Point.__index = function(self, key)
  if key == "sum" then
    return rawget(self, "x") + rawget(self, "y")
  end
  return methods[key]
end

local function new_point(x, y)
  return setmetatable({ x = x, y = y }, Point)
end

local function main()
  local total = 0
  for i = 1, 200000 do
    local p = new_point(i % 100, i % 7)
    p:bump()
    total = total + p:scaled(3) + p.sum
  end
  print(tostring(total))
end

main()
