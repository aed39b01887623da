"""The audit log (操作日志) as people read it: filtered lists with Chinese labels, masked values.

Reads every table's entries but imports no other feature, only the kernel (its place in the
services' layers contract is just above ``kernel``)."""
