import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MunicipalityKind, NetworkKind, ServiceAreaCode } from '@ratusz/shared';
import { Connection } from '../../common/pagination/connection.model.js';

registerEnumType(MunicipalityKind, {
  name: 'MunicipalityKind',
  description: 'Kind of local government unit (gmina, powiat, city with county rights, district).',
});
registerEnumType(ServiceAreaCode, { name: 'ServiceAreaCode' });
registerEnumType(NetworkKind, { name: 'NetworkKind' });

@ObjectType({ description: 'A gmina, powiat, city with county rights or a city district.' })
export class Municipality {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field(() => MunicipalityKind)
  kind!: MunicipalityKind;

  /** Resolved through a loader; kept off the schema field list as a raw id. */
  parentId!: string | null;

  @Field(() => Int, { description: 'How many direct children (gminas of a county, districts of a city).' })
  childCount!: number;
}

export const MunicipalityConnection = Connection(Municipality, 'MunicipalityConnection');

@ObjectType({ description: 'One of the public-service areas residents can be consulted about.' })
export class ServiceArea {
  @Field(() => ServiceAreaCode)
  code!: ServiceAreaCode;

  @Field()
  namePl!: string;

  @Field()
  nameEn!: string;
}

@ObjectType({ description: 'A network of municipalities: a monitoring network or an exchange-of-experience group.' })
export class Network {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => NetworkKind)
  kind!: NetworkKind;

  @Field(() => ServiceAreaCode, { nullable: true })
  serviceAreaCode!: ServiceAreaCode | null;

  @Field(() => MunicipalityKind, { nullable: true, description: 'The kind of local government it brings together.' })
  municipalityKind!: MunicipalityKind | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field({
    description:
      'Whether its indicator comparison is public; false keeps it to coordinators and member municipalities until published.',
  })
  indicatorsPublic!: boolean;
}

export const NetworkConnection = Connection(Network, 'NetworkConnection');
