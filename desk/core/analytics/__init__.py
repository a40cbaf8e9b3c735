"""Bargaining analytics: utilities, exact Pareto frontier, solutions, compensation, Shapley, hierarchy."""
