public import Members

/// A member with the roles they have held.
public struct MemberWithRoles: Sendable, Equatable {
    public var member: Member
    public var roles: [RoleAssignment]
}

/// Everything Rosette holds on one member, for `members show`.
public struct MemberProfile: Sendable, Equatable {
    public var member: Member
    public var roles: [RoleAssignment]
    public var payments: [DuesPayment]
    public var consent: [ConsentChange]
}
