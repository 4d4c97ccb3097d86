package org.unioncabinet.registry;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistryMemberRepository extends JpaRepository<RegistryMember, UUID> {

    Optional<RegistryMember> findByTicketNumber(String normalizedTicketNumber);

    Optional<RegistryMember> findByAccountId(UUID accountId);
}
